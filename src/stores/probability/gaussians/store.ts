/** The Gaussians tab's state: the view the student sets. Everything it shows is computed on the main thread. */
import { create } from 'zustand';
import { viewSlice, type ViewSlice } from '../../viewStore';
import { gaussiansView, type GaussiansView } from './view';

export type GaussiansState = ViewSlice<GaussiansView>;

export const useGaussiansStore = create<GaussiansState>()((set, get) =>
  viewSlice(gaussiansView.defaults, set, get),
);
