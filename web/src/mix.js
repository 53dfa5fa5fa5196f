// Adds the methods (and getters) of each job's module to a class.
export function mix(cls, ...parts) {
  for (const part of parts) Object.defineProperties(cls.prototype, Object.getOwnPropertyDescriptors(part));
  return cls;
}
