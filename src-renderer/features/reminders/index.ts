export { RemindersScreen, RemindersScreen as RemindersPanel } from './RemindersScreen';
