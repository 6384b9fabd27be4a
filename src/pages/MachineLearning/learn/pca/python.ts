/**
 * The Code panel's script for the PCA and clustering tab: PCA from scratch in NumPy (centre, covariance,
 * eigen-decomposition, sort, project) and with scikit-learn's PCA, then one k-means step and one EM step from
 * the page's current centroids or mixture, from scratch and with KMeans / GaussianMixture. Each printed
 * number is the one the page shows (the clustering ones after one more step on the page).
 */
import type { ClusterSnapshot } from '../../../../stores/ml/pca/store';
import type { PcaView } from '../../../../stores/ml/pca/view';

const full = (v: number) => (Number.isFinite(v) ? String(v) : 'float("nan")');
const arr = (a: ArrayLike<number>) => `[${Array.from(a, full).join(', ')}]`;
const mat = (m: number[][]) => `[${m.map(arr).join(', ')}]`;

function loader(view: PcaView): string {
  if (view.data === 'iris')
    return `from sklearn.datasets import load_iris
X = load_iris().data                     # 150 × 4, the same file the page ships`;
  if (view.data === 'digits')
    return `from sklearn.datasets import load_digits
X = load_digits().data                   # 1,797 × 64, the same file the page ships`;
  if (view.data === 'penguins')
    return `import json, urllib.request
URL = "https://cdn.jsdelivr.net/npm/vega-datasets@3.2.1/data/penguins.json"
COLS = ["Beak Length (mm)", "Beak Depth (mm)", "Flipper Length (mm)", "Body Mass (g)"]
rows = json.load(urllib.request.urlopen(URL))
X = np.array([[r[c] for c in COLS] for r in rows
              if all(isinstance(r.get(c), (int, float)) for c in COLS)], float)   # 342 × 4`;
  if (view.data === 'own') return `X = np.array(${mat(view.points.map((p) => [p.x1, p.x2]))}, float)`;
  return `X = np.loadtxt("table.csv", delimiter=",", skiprows=1)   # the table you pasted, saved as table.csv`;
}

export function pcaPython(view: PcaView, cluster: ClusterSnapshot | null): string {
  const k = view.k;
  const row = view.data === 'digits' ? view.digit : Math.min(view.digit, 0);
  const pts =
    view.data === 'own'
      ? 'P = X'
      : view.on === 'scores'
        ? 'P = T_all[:, :2]                         # clustering runs on the first two scores'
        : `P = X[:, [${view.cx}, ${view.cy}]]                  # clustering runs on two columns`;
  const lines = [
    'import numpy as np',
    'from sklearn.decomposition import PCA',
    'from sklearn.cluster import KMeans',
    'from sklearn.mixture import GaussianMixture',
    '',
    loader(view),
    `standardize = ${view.standardize ? 'True' : 'False'}`,
    `k = ${k}                                   # components k`,
    `row = ${row}                                 # the row rebuilt (reconstruction error)`,
    '',
    '# ---- PCA from scratch ----',
    'n, d = X.shape',
    'mean = X.mean(axis=0)',
    'scale = X.std(axis=0, ddof=1) if standardize else np.ones(d)',
    'scale[scale == 0] = 1',
    'Z = (X - mean) / scale                    # 1. centre (and standardize)',
    'S = Z.T @ Z / (n - 1)                     # 2. covariance',
    'lam, W = np.linalg.eigh(S)                # 3. eigen-decomposition (S symmetric)',
    'order = np.argsort(lam)[::-1]             # 4. sort, largest first',
    'lam, W = np.clip(lam[order], 0, None), W[:, order]',
    'W = W * np.sign(W[np.abs(W).argmax(axis=0), range(d)])   # largest entry of each component positive',
    'ratio = lam / lam.sum()',
    'T_all = Z @ W                             # 5. project',
    'z = Z[row]',
    'x_hat = (W[:, :k] @ (W[:, :k].T @ z)) * scale + mean',
    'print("explained variance ratio 1", ratio[0])',
    'print("explained variance ratio 2", ratio[1] if d > 1 else None)',
    'print("cumulative explained variance", ratio[:k].sum())',
    'print("reconstruction error", np.linalg.norm(X[row] - x_hat))',
    '',
    '# The same through the SVD of the centred data: lambda = sigma^2 / (n - 1)',
    'sigma = np.linalg.svd(Z, compute_uv=False)',
    'print("largest eigenvalue difference", np.abs(sigma**2 / (n - 1) - lam).max())',
    '',
    '# ---- scikit-learn ----',
    'pca = PCA().fit(Z)',
    'print("sklearn ratios", pca.explained_variance_ratio_[:3])',
    '',
    '# ---- clustering ----',
    pts,
  ];
  if (cluster?.kind === 'kmeans') {
    lines.push(
      `C = np.array(${mat(cluster.centroids)})   # the page's centroids at iteration ${cluster.iteration}`,
      '# One step from scratch: assign to the nearest centroid (ties to the lower index), move to the means.',
      'labels = ((P[:, None, :] - C[None]) ** 2).sum(-1).argmin(1)',
      'C1 = np.array([P[labels == j].mean(0) if (labels == j).any() else C[j] for j in range(len(C))])',
      'print("inertia after one more k-means step", ((P - C1[labels]) ** 2).sum())',
      'km = KMeans(len(C), init=C, n_init=1, max_iter=1, algorithm="lloyd").fit(P)',
      'print("sklearn labels agree:", (km.labels_ == labels).all())',
    );
  } else if (cluster?.kind === 'gmm' && cluster.params) {
    const p = cluster.params;
    lines.push(
      `w = np.array(${arr(p.weights)})`,
      `mu = np.array(${mat(p.means)})`,
      `Sig = np.array([${p.covariances.map(mat).join(', ')}])   # the page's mixture at iteration ${cluster.iteration}`,
      'def log_gauss(P, m, C):',
      '    L = np.linalg.cholesky(C)',
      '    y = np.linalg.solve(L, (P - m).T)',
      '    return -0.5 * (y**2).sum(0) - np.log(np.diag(L)).sum() - np.log(2 * np.pi) * P.shape[1] / 2',
      'def em_step(w, mu, Sig):',
      '    logs = np.stack([np.log(w[j]) + log_gauss(P, mu[j], Sig[j]) for j in range(len(w))], 1)',
      '    top = logs.max(1, keepdims=True)',
      '    lse = top[:, 0] + np.log(np.exp(logs - top).sum(1))',
      '    r = np.exp(logs - lse[:, None])                      # E step: responsibilities',
      '    Nk = r.sum(0)',
      '    mu1 = (r.T @ P) / Nk[:, None]                         # M step',
      '    Sig1 = np.array([((r[:, j, None] * (P - mu1[j])).T @ (P - mu1[j])) / Nk[j] for j in range(len(w))])',
      '    return Nk / len(P), mu1, Sig1, lse.sum()',
      'print("log-likelihood now", em_step(w, mu, Sig)[3])',
      'w1, mu1, Sig1, _ = em_step(w, mu, Sig)',
      'print("log-likelihood after one more EM step", em_step(w1, mu1, Sig1)[3])',
      'gm = GaussianMixture(len(w), covariance_type="full", max_iter=1, reg_covar=0, weights_init=w,',
      '                     means_init=mu, precisions_init=np.linalg.inv(Sig)).fit(P)',
      'print("sklearn after one step: log-likelihood", gm.score(P) * len(P))',
    );
  } else lines.push('# (no clustering yet: press k-means step or EM step on the page)');
  return lines.join('\n') + '\n';
}
