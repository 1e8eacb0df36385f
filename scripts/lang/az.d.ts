// Minimal typing for the `az` Russian morphology package (it ships none).
declare module 'az' {
  interface AzMorph {
    (word: string, config?: Record<string, unknown>): unknown[];
    init(path: string, callback: () => void): void;
  }
  const Az: { Morph: AzMorph };
  export default Az;
}
