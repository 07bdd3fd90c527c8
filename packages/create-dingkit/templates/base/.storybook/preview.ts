// The stylesheets src/main.tsx loads; `parameters.dingtalk` typed.
import '@dingkit/react/styles.css';
import '../src/app.css';
import type {} from '@dingkit/storybook';
import type { Preview } from '@storybook/react-vite';

const preview: Preview = {};

export default preview;
