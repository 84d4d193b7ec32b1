// The rules every screen shares come first; each component imports its own CSS after them.
import './ui/base.css';
import { render } from 'preact';
import { App } from './ui/app.tsx';
import { createController } from './ui/controller.ts';

const controller = createController();
// The home-screen shortcut "Nouvelle dépense" opens /?action=record: straight into recording.
const autoStart = new URLSearchParams(window.location.search).get('action') === 'record';
render(<App controller={controller} autoStart={autoStart} />, document.getElementById('app') as HTMLElement);
