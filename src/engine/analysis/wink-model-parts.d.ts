// The code parts of wink-eng-lite-web-model that en-model.ts imports one by one (the package types only its
// whole model). Each is a CommonJS module: a function, an array of functions or an object of them.
declare module 'wink-eng-lite-web-model/dist/*.js' {
  const part: unknown;
  export default part;
}
