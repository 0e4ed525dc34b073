// The widget: fetched when something must be shown.
import { resolveUiOptions } from '../../ui/options';
import { createWidget } from '../../ui/widget';
import { register } from './register';

register({ createWidget, resolveUiOptions });
