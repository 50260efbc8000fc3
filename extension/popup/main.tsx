import { render } from 'preact';
import { App } from './App';
import { browserApi } from './api';

const root = document.getElementById('app');
if (root) render(<App api={browserApi} />, root);
