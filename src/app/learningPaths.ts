/**
 * The home page's learning paths as sequences of scenes. Each step is a route with its full state in
 * the query (so a step is also a plain link), a task in one sentence, and, where the page has one, the
 * exercise that checks it (`<page>/<id>`, see each page's learn/exercises). The order follows the seed
 * curriculum: vectors → matrices → determinants → eigen → SVD/PCA; derivatives → gradients → chain
 * rule → optimizers; distributions → LLN/CLT → Bayes → MCMC → information; then a network on the Machine
 * learning page.
 */
import { ILL_CONDITIONED_BOWL, ROSENBROCK, sceneQuery } from '../stores/calculus/scenes';

export interface PathStep {
  title: string;
  /** `#`-less route with query, e.g. `/linear-algebra?v=1&a=1,1,0,1`. */
  route: string;
  task: string;
  exercise?: string;
}

export interface LearningPath {
  id: 'beginner' | 'intermediate' | 'advanced';
  title: string;
  blurb: string;
  steps: readonly PathStep[];
}

export const LEARNING_PATHS: readonly LearningPath[] = [
  {
    id: 'beginner',
    title: 'Beginner',
    blurb: 'Vectors and matrices, area, slopes, and what a histogram of samples tells you.',
    steps: [
      {
        title: 'A matrix moves every vector',
        route: '/linear-algebra?v=1&dim=2&view=transform&a=1,0,0,1&vec=1,0.5&show=v',
        task: 'Drag a11 and a21 and watch where the vector v lands: Av is a combination of the columns of A.',
      },
      {
        title: 'Determinant as area',
        route: '/linear-algebra?v=1&dim=2&view=transform&a=1,1,0,1&show=eig',
        task: 'This shear keeps the unit square’s area: det = 1. Now flatten the square without a zero entry.',
        exercise: 'linear-algebra/det-zero',
      },
      {
        title: 'Slopes in two directions',
        route: '/calculus?v=1&f=x%5E2+%2B+y%5E2&domain=-3,3,-3,3&start=2,1.5&steps=60&opt=gd&gd.lr=0.1',
        task: 'Run gradient descent on the bowl: each step moves against the gradient, straight downhill.',
        exercise: 'calculus/gd-20-steps',
      },
      {
        title: 'Samples against the density',
        route: '/probability?v=1&dist=normal&mean=0&sd=1&samples=1000&seed=1',
        task: 'Sample 1,000 then 1,000,000 Normal draws and watch the histogram settle onto the curve.',
      },
      {
        title: 'The law of large numbers',
        route: '/probability?v=1&tab=lln',
        task: 'Watch several running means of exponential draws close in on the true mean 1.',
      },
      {
        title: 'Fit a line',
        route: '/machine-learning?v=1&tab=regression',
        task: 'Least squares puts the line where the squared vertical gaps are smallest: predict the slope through three points, then see the fit.',
        exercise: 'machine-learning/regression-predict-slope',
      },
    ],
  },
  {
    id: 'intermediate',
    title: 'Intermediate',
    blurb: 'Eigenvectors, step sizes and curvature, backpropagation, the CLT and Bayes’ rule.',
    steps: [
      {
        title: 'Eigenvectors stay on their line',
        route: '/linear-algebra?v=1&dim=2&view=transform&a=2,1,1,2&show=eig',
        task: 'Find the two lines this matrix only stretches; then build a matrix with eigenvalues 2 and −1.',
        exercise: 'linear-algebra/eigen-2-minus-1',
      },
      {
        title: 'Curvature limits the step',
        route: `/calculus?${sceneQuery(ILL_CONDITIONED_BOWL)}&steps=200&opt=gd,momentum`,
        task: 'On the ill-conditioned bowl GD zig-zags; find the learning rate where it diverges (2/λmax).',
        exercise: 'calculus/diverge-lr',
      },
      {
        title: 'The chain rule, backwards',
        route: '/calculus?v=1&f=sin(x*y)+%2B+x%5E2&domain=-2,2,-2,2&start=0.5,1&steps=100&opt=adam',
        task: 'In the backpropagation view, follow one adjoint from f down to x and check the product of local derivatives.',
      },
      {
        title: 'Means become Normal',
        route: '/probability?v=1&tab=clt',
        task: 'Raise the number of draws per mean and watch a skewed distribution’s means turn Gaussian.',
      },
      {
        title: 'Updating a belief',
        route: '/probability?v=1&tab=bayes',
        task: 'Flip coins and watch the Beta posterior narrow; then pick a prior that lands the posterior mean on 0.7.',
        exercise: 'probability/beta-prior',
      },
      {
        title: 'A network on XOR',
        route: '/machine-learning?v=1&tab=nn&nn.data=xor&nn.seed=1',
        task: 'No straight line separates XOR: train a network with hidden units and find the fewest that reach 95 % test accuracy.',
        exercise: 'machine-learning/xor-fewest',
      },
      {
        title: 'Ridge against lasso',
        route:
          '/machine-learning?v=1&tab=regression&reg.data=sine&reg.n=40&reg.seed=3&reg.deg=3&reg.std=1&reg.method=lasso',
        task: 'Ridge shrinks every coefficient a little; the lasso sets some exactly to 0. Raise λ until the x³ coefficient vanishes.',
        exercise: 'machine-learning/regression-lasso-zero-cubic',
      },
    ],
  },
  {
    id: 'advanced',
    title: 'Advanced',
    blurb:
      'SVD and PCA, optimizers on hard functions, MCMC, the information measures behind the losses, and a network trained with all of them.',
    steps: [
      {
        title: 'Rotate, stretch, rotate',
        route: '/linear-algebra?v=1&dim=2&view=svd&a=1,2,2,4',
        task: 'Follow the SVD of this singular matrix: one singular value is 0, and its right vector spans the null space.',
      },
      {
        title: 'The best projection',
        route: '/linear-algebra?v=1&dim=2&view=pca',
        task: 'Change the correlation and see the first principal component follow the long axis of the cloud.',
      },
      {
        title: 'A race on a hard function',
        route: `/calculus?${sceneQuery(ROSENBROCK, ['gd', 'momentum', 'adam'])}&steps=2000&opt=gd,momentum,adam`,
        task: 'Race GD, momentum and Adam along Rosenbrock’s curved valley and compare where each ends.',
      },
      {
        title: 'Sampling a posterior',
        route: '/probability?v=1&tab=mcmc&mcmc.target=banana',
        task: 'Run random-walk Metropolis–Hastings, then HMC, on the banana and compare their traces.',
      },
      {
        title: 'Entropy and KL',
        route: '/probability?v=1&tab=information',
        task: 'Compare KL(P‖Q) with KL(Q‖P): the divergence is not symmetric, which is why VI’s choice matters.',
        exercise: 'probability/kl-larger',
      },
      {
        title: 'VI vs MCMC',
        route: '/probability?v=1&tab=vi&vi.target=gaussian&vi.rho=0.9&vi.div=reverse&vi.family=mean-field',
        task: 'Fit a mean-field q to a correlated Gaussian by reverse KL, then compare q’s variance with what MCMC finds: VI is fast but too narrow.',
        exercise: 'probability/vi-mean-field-variance',
      },
      {
        title: 'Attention, token by token',
        route: '/machine-learning?v=1&tab=deep&deep.causal=1',
        task: 'Each token attends to the others through softmax(QKᵀ/√d); with the causal mask it sees only the tokens before it. What weight does the first token give itself?',
        exercise: 'machine-learning/deep-causal-first',
      },
      {
        title: 'Vanishing gradients',
        route: '/machine-learning?v=1&tab=deep&deep.T=30',
        task: 'Backpropagate through 30 steps of a recurrent network: the gradient shrinks like ρ(W) to the power T. Lower the W scale until it falls below 10⁻³.',
        exercise: 'machine-learning/deep-vanishing-rho',
      },
      {
        title: 'Train a network on the circle',
        route: '/machine-learning?v=1&tab=nn&nn.data=circle&nn.seed=1&nn.act=linear,linear&nn.budget=300',
        task: 'Train with linear units and the test accuracy stays near 50 %; switch both layers to tanh (or add the inputs x1², x2²) and the boundary closes into a circle.',
        exercise: 'machine-learning/linear-circle',
      },
    ],
  },
];

export function findPath(id: string | undefined): LearningPath | undefined {
  return LEARNING_PATHS.find((p) => p.id === id);
}

/** The path after `id` (the advanced path is followed by the beginner one, for review). */
export function nextPath(id: LearningPath['id']): LearningPath {
  const i = LEARNING_PATHS.findIndex((p) => p.id === id);
  return LEARNING_PATHS[(i + 1) % LEARNING_PATHS.length];
}
