export { RemindersScreen } from './RemindersScreen';
