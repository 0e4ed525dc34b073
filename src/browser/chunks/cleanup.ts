// Erasing a refused service's cookies and storage: fetched on a withdrawal, or when traces are found.
import { cleanup } from '../../gate/cleanup';
import { register } from './register';

register({ cleanup });
