/**
 * The PCA and clustering tab of the Machine learning page, format version 1:
 * `#/machine-learning?v=1&tab=pca&pca.data=iris&pca.std=0&pca.step=4&pca.k=2&pca.on=scores&pca.cx=0&pca.cy=1`
 * `&pca.method=kmeans&pca.ck=3&pca.init=kmeans%2B%2B&pca.mk=3&pca.minit=kmeans&pca.seed=1&pca.it=0&pca.digit=0`.
 * A clustering state is its start (method, k or K, initialisation, seed) and the number of steps taken from
 * it (`it`), so that an address reproduces the picture exactly. The student's own points (data=own) are in
 * the address; a pasted CSV table (data=csv) stays in the page only.
 */
import { cameraField, choice, defineView, flag, integer, seed, type ViewOf } from '../../view';
import { userPoints } from '../nn/fields';

export const PCA_SOURCES = ['iris', 'digits', 'penguins', 'own', 'csv'] as const;
export type PcaSource = (typeof PCA_SOURCES)[number];
export const PCA_SOURCE_NAMES: Record<PcaSource, string> = {
  iris: 'Iris (150 flowers × 4 measurements)',
  digits: 'Handwritten digits (1,797 images × 64 pixels)',
  penguins: 'Palmer penguins (4 measurements)',
  own: 'your own points (click the plot)',
  csv: 'pasted CSV table',
};
/** The PCA stepper: centre → covariance → eigen-decomposition → sort → project. */
export const PCA_STEPS = ['centre', 'covariance', 'eigen', 'sort', 'project'] as const;
export const CLUSTER_SPACES = ['scores', 'columns'] as const;
export const CLUSTER_METHODS = ['kmeans', 'gmm'] as const;
export type ClusterMethod = (typeof CLUSTER_METHODS)[number];
export const KMEANS_INITS = ['kmeans++', 'random'] as const;
export const GMM_INITS = ['kmeans', 'random'] as const;
/** Columns a data set may have (digits: 64 pixels; a pasted table at most 64 columns). */
export const MAX_COLUMNS = 64;
export const MAX_ITERATIONS = 1000;
/** The 3-D scores' starting camera: azimuth, elevation (radians), zoom, pan x, pan y. */
export const PCA_CAMERA_HOME: readonly number[] = [-2.3, 0.55, 1, 0, 0];

const fields = {
  data: choice(PCA_SOURCES, { default: 'iris', label: 'dataset' }),
  /** The student's own 2-D points (data=own): x1, x2, and a label (0 when unlabelled). */
  points: userPoints({ key: 'pts' }),
  standardize: flag({ key: 'std', default: false, label: 'standardize' }),
  step: integer({ default: PCA_STEPS.length - 1, label: 'PCA step', min: 0, max: PCA_STEPS.length - 1 }),
  k: integer({ default: 2, label: 'components k', min: 0, max: MAX_COLUMNS }),
  show3d: flag({ key: '3d', default: false, label: 'scores in 3-D' }),
  /** Clustering runs on the first two PCA scores or on two chosen columns. */
  on: choice(CLUSTER_SPACES, { default: 'scores', label: 'cluster on' }),
  cx: integer({ default: 0, label: 'first column', min: 0, max: MAX_COLUMNS - 1 }),
  cy: integer({ default: 1, label: 'second column', min: 0, max: MAX_COLUMNS - 1 }),
  method: choice(CLUSTER_METHODS, { default: 'kmeans', label: 'clustering' }),
  clusters: integer({ key: 'ck', default: 3, label: 'clusters k', min: 1, max: 10 }),
  init: choice(KMEANS_INITS, { default: 'kmeans++', label: 'k-means initialisation' }),
  mixture: integer({ key: 'mk', default: 3, label: 'mixture components K', min: 1, max: 8 }),
  minit: choice(GMM_INITS, { default: 'kmeans', label: 'EM initialisation' }),
  seed: seed({ default: 1 }),
  /** Steps taken from the start (k-means steps or EM steps, by `method`). */
  it: integer({ default: 0, label: 'iteration', min: 0, max: MAX_ITERATIONS }),
  /** The digit (row of the digits set) reconstructed from k components. */
  digit: integer({ default: 0, label: 'digit number', min: 0, max: 1796 }),
  /** The 3-D scores' camera (azimuth, elevation, zoom, pan), written once the student stops turning it. */
  cam: cameraField(PCA_CAMERA_HOME, { elevation: 1.5, zoom: [0.5, 4], pan: 0.5 }),
};

export const pcaView = defineView({
  path: '/machine-learning',
  tab: 'pca',
  writeTab: true,
  prefix: 'pca.',
  fields,
});
export type PcaView = ViewOf<typeof fields>;
