import { isolatedRuns } from '../../lib/bidi';

/**
 * A sentence whose data texts were wrapped by `isolate()`: each is drawn in a <bdi>, so its
 * direction never spills into the words around it, and the page's text holds no FSI/PDI.
 */
export function BidiText({ text }: { readonly text: string }) {
  return (
    <>
      {isolatedRuns(text).map((run, index) =>
        run.isolated ? <bdi key={index}>{run.text}</bdi> : run.text,
      )}
    </>
  );
}
