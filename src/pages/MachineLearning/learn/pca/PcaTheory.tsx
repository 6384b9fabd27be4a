import { Tex } from '../../../../ui/Tex';

/** Theory of the PCA and clustering tab: PCA by eigen-decomposition and SVD, k-means, Gaussian mixtures and EM. */
export function PcaTheory() {
  return (
    <div className="theory">
      <h3>PCA: directions of most variance</h3>
      <p>
        Centre the n × d data (subtract each column’s mean; standardize by also dividing by its sample sd) to
        get Z. The sample covariance is
      </p>
      <Tex display tex="S = \frac{1}{n-1} Z^\top Z." />
      <p>
        The direction w (unit length) along which the projected data vary most maximises wᵀSw. Its solution is
        the eigenvector of S with the largest eigenvalue; the next one, orthogonal to it, the second; and so
        on:
      </p>
      <Tex display tex="S = W \Lambda W^\top, \quad \lambda_1 \ge \lambda_2 \ge \dots \ge \lambda_d \ge 0." />
      <p>
        λₖ is the variance along wₖ, so λₖ / Σⱼλⱼ is its explained variance ratio. Keeping k components gives
        the scores T = Z W<sub>k</sub> and the best rank-k reconstruction X̂ = x̄ + T W<sub>k</sub>ᵀ (in least
        squares).
      </p>
      <h3>The same through the SVD</h3>
      <Tex
        display
        tex="Z = U \Sigma V^\top \;\Rightarrow\; S = V \frac{\Sigma^2}{n-1} V^\top, \quad \lambda_k = \frac{\sigma_k^2}{n-1}."
      />
      <p>
        The right singular vectors are the components. Libraries use the SVD: it never forms ZᵀZ, which
        squares the condition number. The tab computes both and prints how far they differ.
      </p>
      <h3>k-means</h3>
      <Tex display tex="J = \sum_{i=1}^{n} \lVert x_i - \mu_{c_i} \rVert^2 \quad(\text{the inertia})" />
      <p>
        Lloyd’s algorithm alternates: assign each point to its nearest centroid (the Voronoi cell it lies in),
        then move each centroid to the mean of its points. Neither step can raise J, so it stops, at a local
        minimum that depends on the start: k-means++ picks each next start point with probability ∝ its
        squared distance to the nearest centre so far.
      </p>
      <h3>Gaussian mixtures and EM</h3>
      <Tex
        display
        tex="p(x) = \sum_{k=1}^{K} \pi_k \, \mathcal{N}(x \mid \mu_k, \Sigma_k), \qquad \ell = \sum_i \log p(x_i)."
      />
      <p>E step: the responsibilities (how much component k explains point i):</p>
      <Tex
        display
        tex="r_{ik} = \frac{\pi_k \mathcal{N}(x_i \mid \mu_k, \Sigma_k)}{\sum_j \pi_j \mathcal{N}(x_i \mid \mu_j, \Sigma_j)}."
      />
      <p>
        M step: weighted maximum likelihood, with N<sub>k</sub> = Σᵢ rᵢₖ:
      </p>
      <Tex
        display
        tex="\pi_k = \frac{N_k}{n}, \quad \mu_k = \frac{1}{N_k}\sum_i r_{ik} x_i, \quad \Sigma_k = \frac{1}{N_k} \sum_i r_{ik} (x_i - \mu_k)(x_i - \mu_k)^\top."
      />
      <p>
        ℓ never decreases (Jensen’s inequality makes the E step a tight lower bound that the M step raises).
        But ℓ is unbounded: a component shrinking onto one point has det Σ → 0 and ℓ → ∞. The tab adds a tiny
        floor (10⁻⁹ × the data’s variance) to such a covariance and says so.
      </p>
      <h3>Choosing k and K</h3>
      <p>
        Inertia always falls with k: look for the elbow where it stops falling fast. For mixtures, the
        Bayesian information criterion trades fit against the m = (K − 1) + Kd + Kd(d + 1)/2 parameters:
      </p>
      <Tex display tex="\mathrm{BIC} = -2\ell + m \ln n \quad (\text{lower is better})." />
    </div>
  );
}
