import { consentry } from 'consentry/vue';
import { createApp } from 'vue';
import { config } from '../../shared/config';
import App from './App.vue';

createApp(App).use(consentry, { config }).mount('#app');
