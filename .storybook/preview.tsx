import type { Preview } from '@storybook/react-vite';
import { StrictMode } from 'react';

const preview: Preview = {
  decorators: [
    (Story) => (
      <StrictMode>
        <Story />
      </StrictMode>
    ),
  ],
};

export default preview;
