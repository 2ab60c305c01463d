import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge.ts';

// Runs sandboxed, with context isolation, before the page: the page gets `window.apron`
// and nothing else from Electron.
contextBridge.exposeInMainWorld('apron', createBridge(ipcRenderer));
