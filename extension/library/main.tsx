import { render } from 'preact';
import { App } from './App';
import { browserLibraryApi } from './api';

const root = document.getElementById('app');
if (root) render(<App api={browserLibraryApi} />, root);
