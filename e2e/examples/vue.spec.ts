import { exampleAppTests } from './example-app';

exampleAppTests('vue');
