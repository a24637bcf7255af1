/**
 * Which shapes of a closure lie on a cycle (DynamoDB's `AttributeValue` → `ListAttributeValue` →
 * `AttributeValue`), found once with Tarjan's strongly connected components. The arbitrary plans
 * (plan.ts) need it to bound recursion: a union lists its members that do not lead back to it
 * first (fast-check picks the first past the maximum depth), and a collection on a cycle may stop
 * at empty.
 *
 * @see https://fast-check.dev/docs/core-blocks/arbitraries/combiners/recursive-structure/
 */
import type { DataShape, Shape } from "../model/shapes.ts";

export interface Recursion {
  /** The component of each shape on a cycle (shapes of one component reach one another). */
  readonly component: ReadonlyMap<string, number>;
}

/** The data shapes a shape's values directly contain. */
export function children(shape: Shape): Shape[] {
  switch (shape.kind) {
    case "structure":
    case "union":
      return shape.members.map((m) => m.target);
    case "list":
      return [shape.member.target];
    case "map":
      return [shape.key.target, shape.value.target];
    default:
      return [];
  }
}

export function findRecursion(shapes: readonly DataShape[]): Recursion {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const component = new Map<string, number>();
  let counter = 0;
  let components = 0;

  const visit = (shape: Shape): void => {
    index.set(shape.id, counter);
    low.set(shape.id, counter);
    counter++;
    stack.push(shape.id);
    onStack.add(shape.id);
    let selfLoop = false;
    for (const child of children(shape)) {
      if (child.id === shape.id) selfLoop = true;
      if (!index.has(child.id)) {
        visit(child);
        low.set(shape.id, Math.min(low.get(shape.id)!, low.get(child.id)!));
      } else if (onStack.has(child.id)) {
        low.set(shape.id, Math.min(low.get(shape.id)!, index.get(child.id)!));
      }
    }
    if (low.get(shape.id) === index.get(shape.id)) {
      const members: string[] = [];
      let id: string;
      do {
        id = stack.pop()!;
        onStack.delete(id);
        members.push(id);
      } while (id !== shape.id);
      if (members.length > 1 || selfLoop) {
        for (const m of members) component.set(m, components);
        components++;
      }
    }
  };
  for (const shape of shapes) if (!index.has(shape.id)) visit(shape);
  return { component };
}

/** True when `from` and `to` lie on one cycle (a value of `to` can contain a value of `from`). */
export function sameCycle(recursion: Recursion, from: Shape, to: Shape): boolean {
  const a = recursion.component.get(from.id);
  return a !== undefined && a === recursion.component.get(to.id);
}
