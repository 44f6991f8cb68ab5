// A one-versus-rest logistic regression over sparse binary features, trained with AdaGrad: small enough to
// read, deterministic (seeded shuffle), and all the offline trainer needs.
export interface Example { x: Int32Array; y: boolean; weight?: number }

function mulberry32(seed: number): () => number {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface TrainOptions { epochs: number; rate: number; l2: number; positiveWeight: number; seed: number }

/** Weights (one per feature) and the bias, fitted to `examples` by AdaGrad on the log loss with an L2 term. */
export function trainBinary(examples: readonly Example[], featureCount: number, o: TrainOptions): { w: Float64Array; b: number } {
  const w = new Float64Array(featureCount);
  const g2 = new Float64Array(featureCount).fill(1e-8);
  let b = 0;
  let gb2 = 1e-8;
  const order = examples.map((_, i) => i);
  const random = mulberry32(o.seed);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const { x, y, weight = 1 } = examples[k]!;
      let z = b;
      for (const f of x) z += w[f]!;
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - (y ? 1 : 0)) * (y ? o.positiveWeight : 1) * weight;
      for (const f of x) {
        const gf = g + o.l2 * w[f]!;
        g2[f] = g2[f]! + gf * gf;
        w[f] = w[f]! - (o.rate * gf) / Math.sqrt(g2[f]!);
      }
      gb2 += g * g;
      b -= (o.rate * g) / Math.sqrt(gb2);
    }
  }
  return { w, b };
}
