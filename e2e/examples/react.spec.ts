import { exampleAppTests } from './example-app';

exampleAppTests('react');
