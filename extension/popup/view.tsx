/** Renders the popup into its shell (loaded by main.tsx beside the page's data, not before it). */
import { render } from 'preact';
import { App, type AppProps } from './App';

export function mount(root: HTMLElement, props: AppProps): void {
  render(<App {...props} />, root);
}
