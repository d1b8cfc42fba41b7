// Doors send the same rendered messages again and again, each in two forms (public or only for
// the caller). This memoizes such a form per object and flag: computed on first use, then kept
// for as long as the object lives (the objects are frozen, shared renders).

/** `encode` memoized per key object and flag. */
export function memoByFlag<K extends object, V>(
  encode: (key: K, flag: boolean) => V,
): (key: K, flag: boolean) => V {
  const memo = new WeakMap<K, { off?: V; on?: V }>();
  return (key, flag) => {
    let forms = memo.get(key);
    if (!forms) {
      forms = {};
      memo.set(key, forms);
    }
    const slot = flag ? 'on' : 'off';
    if (!(slot in forms)) forms[slot] = encode(key, flag);
    return forms[slot] as V;
  };
}
