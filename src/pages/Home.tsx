import { LearningPaths } from './LearningPaths';

/** The landing page: what each playground is for, and a path through them for three levels of student. */
export function HomePage({ notFound }: { notFound?: string }) {
  return (
    <section className="page home">
      {notFound !== undefined && (
        <p className="notice" role="status">
          Page not found: “{notFound.slice(0, 80)}” is not a page of this playground, so here is the home
          page.
        </p>
      )}
      <h1>The mathematics of machine learning, by hand</h1>
      <p className="lede">
        Four playgrounds for the ideas under every model: move a slider, watch the mathematics answer. Every
        view is a link you can share; every figure is checked against SciPy and NumPy.
      </p>
      <div className="cards">
        <a className="card" href="#/linear-algebra">
          <h2>Linear algebra</h2>
          <p>
            Drag the entries of a 2×2 or 3×3 matrix and watch the plane bend: determinant as area,
            eigenvectors as the lines that stay put, SVD as rotate–stretch–rotate, PCA as the best projection.
          </p>
        </a>
        <a className="card" href="#/calculus">
          <h2>Calculus</h2>
          <p>
            Type f(x, y), see its surface and contours, and race gradient descent, momentum, Adam and Newton
            across it. See why a large learning rate diverges and how backpropagation applies the chain rule.
          </p>
        </a>
        <a className="card" href="#/probability">
          <h2>Probability</h2>
          <p>
            Fourteen distributions with live parameters. Draw up to a billion samples into a histogram beside
            the true density and watch the Kolmogorov–Smirnov distance shrink.
          </p>
        </a>
        <a className="card" href="#/machine-learning">
          <h2>Machine learning</h2>
          <p>
            What all this mathematics is for: build a neural network, train it in the browser and watch its
            decision regions form, every weight, gradient and loss in view.
          </p>
        </a>
      </div>
      <h2>Where to start</h2>
      <p>
        Three learning paths, each a sequence of scenes with a task and, where there is one, an exercise that
        checks itself. Start one and a bar under the menu walks you through it; or open any step directly.
      </p>
      <LearningPaths />
      {/* For the teacher at the lectern, not for the wall: projector mode hides it (class "secondary"). */}
      <section className="secondary teaching" aria-labelledby="teaching-heading">
        <h2 id="teaching-heading">Teaching with it</h2>
        <p>
          <kbd>P</kbd> or “Projector mode” gives large text, thick lines and a colour-blind-safe palette that
          survives a washed-out projector. “Add to deck” keeps the current view as a scene with a note;
          “Deck”, then “Present”, steps through the scenes with a presentation clicker (→ or Page Down), and
          “Share link” hands the same scenes to the class. “Export” saves a chart as SVG, a 3D view as PNG, or
          a short WebM video. After one visit the playground keeps working offline. <kbd>?</kbd> lists every
          keyboard shortcut.
        </p>
      </section>
    </section>
  );
}
