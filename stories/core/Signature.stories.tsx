import { sign, signatureUrl } from '@dingkit/core';
import type { Meta } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { expect, waitFor, within } from 'storybook/test';

export default { title: 'Core/Signature' } satisfies Meta;

/** The worked example of the JS-API signature algorithm, computed in the browser. */
export function WorkedExample() {
  const [signature, setSignature] = useState('');
  useEffect(() => {
    void sign({
      jsapi_ticket:
        'mS5k98fdkdgDKxkXGEs8LORVREiweeWETE40P37wkidkfksDSKDJFD5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcKIDU8l',
      noncestr: 'Zn4zmLFKD0wzilzM',
      timestamp: 1414588745,
      url: signatureUrl('http://open.dingtalk.com#/home'),
    }).then(setSignature);
  }, []);
  // A 40-character hash has no break opportunity: it wraps anywhere to fit a 360px pane.
  return (
    <output aria-label="signature" style={{ overflowWrap: 'anywhere' }}>
      {signature}
    </output>
  );
}
WorkedExample.play = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const output = within(canvasElement).getByLabelText('signature');
  await waitFor(() => expect(output.textContent).toBe('10de2b0a6763ec3685a50272b5b0eb2848098dc2'));
};
