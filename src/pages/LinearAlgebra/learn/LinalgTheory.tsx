import { useMemo } from 'react';
import { useLinalgStore } from '../../../stores/linalg/store';
import { TheorySection } from '../../../ui/learn/TheorySection';
import { useSettled } from '../useSettled';
import { basisTex, detTex, eigenTex, inverseTex, pcaTex, svdTex } from './theoryTex';

/**
 * Theory notes for the page's sections. The identities carry the page's current numbers; they are
 * re-typeset once a drag pauses (useSettled), not on every slider event.
 */
export function LinalgTheory() {
  const result = useLinalgStore((s) => s.result);
  const basis = useLinalgStore((s) => s.view.basis);
  const n = useLinalgStore((s) => s.view.n);
  const k = useLinalgStore((s) => s.view.k);
  const variances = useLinalgStore((s) => s.cloud.model.variances);
  const live = useMemo(() => {
    const { a, analysis, charPoly } = result;
    return {
      det: detTex(a, analysis.det),
      eigen: eigenTex(charPoly, analysis),
      svd: svdTex(analysis.singularValues),
      inverse: inverseTex(a, analysis),
      basis: basisTex(a, basis),
      pca: pcaTex(n, variances, Math.min(k, variances.length)),
    };
  }, [result, basis, n, k, variances]);
  const tex = useSettled(live);
  const shape = result.a.length === 2 ? 'area' : 'volume';
  return (
    <div className="learn-theory-list">
      <TheorySection
        title={`Determinant: how A scales ${shape}`}
        tex={tex.det}
        open
        ml={
          <>
            Normalizing flows turn a simple density into a rich one through invertible maps f, and the change
            of variables log p(x) = log p(z) + log |det ∂z/∂x| needs a log-determinant per layer. That is why
            flow layers are built triangular (coupling layers): the determinant is then the product of the
            diagonal. The Gaussian log-likelihood has the same term, −½ log det Σ.
          </>
        }
      >
        The unit {result.a.length === 2 ? 'square' : 'cube'} goes to the{' '}
        {result.a.length === 2 ? 'parallelogram' : 'parallelepiped'} spanned by A&apos;s columns; det A is its
        signed {shape}. Every {shape} is multiplied by |det A|. A negative sign means the map flips
        orientation, like a mirror; det A = 0 means the columns are dependent and A flattens the space.
      </TheorySection>
      <TheorySection
        title="Eigenvalues and eigenvectors: directions A only stretches"
        tex={tex.eigen}
        ml={
          <>
            PCA uses the eigenvectors of a covariance matrix as new axes. For gradient descent on a loss ½
            xᵀHx, each eigen-direction of the Hessian H shrinks by the factor |1 − ηλ| per step: the step size
            η must stay below 2/λ<sub>max</sub>, and then the flattest direction needs about κ = λ
            <sub>max</sub>/λ<sub>min</sub> times more steps than the steepest. A large condition number κ is
            the zig-zag that momentum, preconditioning and Adam try to cure.
          </>
        }
      >
        An eigenvector keeps its direction under A and is only scaled by λ (reversed when λ &lt; 0). The
        eigenvalues are the roots of the characteristic polynomial; their sum is the trace and their product
        the determinant. A complex pair means A rotates and no real direction survives. Symmetric matrices
        always have real eigenvalues and perpendicular eigenvectors.
      </TheorySection>
      <TheorySection
        title="Singular value decomposition: rotate, stretch, rotate"
        tex={tex.svd}
        ml={
          <>
            Keeping k singular triples stores k(m + n + 1) numbers instead of mn: this is how matrix
            factorisation recommends, how latent semantic analysis finds topics, and why LoRA can fine-tune a
            large model by learning a low-rank update ΔW = BA. σ<sub>1</sub>/σ<sub>n</sub> is the condition
            number that decides how much a linear solve amplifies noise.
          </>
        }
      >
        Every matrix, even a singular or non-symmetric one, is a rotation (or reflection) Vᵀ, a stretch by σᵢ
        along the axes, and another rotation U. The unit circle becomes an ellipse whose semi-axes are the σᵢ.
        Dropping the smallest terms of the sum gives the best low-rank approximation, and the error is the
        largest σ dropped (Eckart–Young).
      </TheorySection>
      <TheorySection
        title="Inverse and rank: can the map be undone?"
        tex={tex.inverse}
        ml={
          <>
            Least squares solves the normal equations XᵀXw = Xᵀy. With collinear features XᵀX is singular (or
            nearly so) and the weights are not determined: libraries solve with QR or the SVD
            (np.linalg.lstsq) instead of inverting, and ridge regression adds λI to make XᵀX + λI invertible.
            A layer whose weight matrix loses rank throws away information that no later layer can recover.
          </>
        }
      >
        The rank counts the independent directions that survive: the dimension of the column space. With full
        rank, A is one-to-one and A⁻¹ undoes it. Otherwise a whole null space of inputs is sent to 0, and from
        Ax no one can tell which of them it was: the information is lost, and there is no inverse.
      </TheorySection>
      <TheorySection
        title="Change of basis: the same map in other coordinates"
        tex={tex.basis}
        ml={
          <>
            Whitening and PCA are changes of basis that make a covariance diagonal. In the eigenbasis of a
            quadratic loss&apos;s Hessian, gradient descent splits into independent one-dimensional problems,
            one per eigenvalue: that is how its convergence is analysed.
          </>
        }
      >
        With the new basis vectors as the columns of P, the coordinates c describe the vector Pc. The map x ↦
        Ax then reads P⁻¹AP: the same map, other numbers. In a basis of eigenvectors (when A has enough of
        them) the matrix becomes diagonal, with the eigenvalues on the diagonal.
      </TheorySection>
      <TheorySection
        title="PCA: the axes of a cloud of points"
        tex={tex.pca}
        ml={
          <>
            PCA reduces dimension before a model, draws high-dimensional embeddings in 2D, removes noise, and
            its explained-variance curve says how many components matter. It is computed from the SVD of the
            centred data matrix (variances sᵢ²/(n − 1)), without forming S when there are many features.
          </>
        }
      >
        Centre the points and take the eigenvectors of their covariance S: the first points where the cloud
        spreads most, each next one where it spreads most at right angles to the earlier ones. λⱼ is the
        variance along wⱼ. Projecting onto the first k axes keeps the share shown of the total variance, and
        is the best k-dimensional linear fit in squared distance. (Numbers from the cloud of the PCA view.)
      </TheorySection>
    </div>
  );
}
