// React Flow's own words (its controls, handles and the screen-reader help of
// nodes and flows) in the interface language; English as React Flow writes them.
import type { AriaLabelConfig } from '@xyflow/react';
import type { Translator } from '../../../shared/i18n/index';

export function flowAriaLabels(t: Translator['t']): Partial<AriaLabelConfig> {
  return {
    'node.a11yDescription.default': t('ui.canvas.controls.nodeHelp'),
    'node.a11yDescription.keyboardDisabled': t('ui.canvas.controls.nodeHelpKeyboard'),
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) => t('ui.canvas.controls.nodeMoved', { direction, x, y }),
    'edge.a11yDescription.default': t('ui.canvas.controls.edgeHelp'),
    'controls.ariaLabel': t('ui.canvas.controls.label'),
    'controls.zoomIn.ariaLabel': t('ui.canvas.controls.zoomIn'),
    'controls.zoomOut.ariaLabel': t('ui.canvas.controls.zoomOut'),
    'controls.fitView.ariaLabel': t('ui.canvas.controls.fitView'),
    'controls.interactive.ariaLabel': t('ui.canvas.controls.interactive'),
    'handle.ariaLabel': t('ui.canvas.controls.handle'),
  };
}
