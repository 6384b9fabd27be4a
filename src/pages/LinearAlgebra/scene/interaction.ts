/** Set while a basis handle is dragged, so that the same pointer does not also orbit the camera. */
export const interaction = { dragging: false };
