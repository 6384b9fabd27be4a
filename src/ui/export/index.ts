export { ExportSvgButton } from './ExportSvgButton';
export { ExportPngButton } from './ExportPngButton';
export { RecordVideoButton } from './RecordVideoButton';
export { serializeSvg } from './svgExport';
export { CHART_STACK, chartLayers, serializeChart } from './chartStack';
export { canvasToPng, type RenderAt } from './pngExport';
export {
  recordCanvas,
  recordFigure,
  figureRoot,
  recordingFormat,
  webmRecordingType,
  type RecordingFormat,
} from './recorder';
export { snapshotFigure } from './figureLayers';
export { downloadBlob, fileStem, type ElementSource } from './download';
