// Wiring only: expose the one API object (built in api.ts) to the page's isolated world.
import { contextBridge, ipcRenderer } from 'electron';
import { API_GLOBAL } from '../src-shared/contract';
import { createInvoiceInboxApi } from './api';

contextBridge.exposeInMainWorld(API_GLOBAL, createInvoiceInboxApi(ipcRenderer));
