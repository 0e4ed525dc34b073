// Erasing a refused service's cookies and storage: needed on a withdrawal, or when traces are found.
export { cleanup } from '../../gate/cleanup';
