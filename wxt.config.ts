import { defineConfig } from 'wxt';

// Explicit imports everywhere (DESIGN.md, "Layout and house style").
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  manifest: {
    name: 'Crickets',
    description:
      'Follow up without being pushy: silence tracking and a draft coach for Gmail and LinkedIn, all in your browser.',
    permissions: [
      'storage',
      'sidePanel',
      'alarms',
      'notifications',
      'contextMenus',
      'activeTab',
      'scripting',
    ],
    // Asked for once, only if the user wants the panel's Save button to work without first
    // clicking the toolbar button on the article (Chrome's activeTab needs that click).
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: 'Open Crickets' },
    icons: {
      16: 'icon/16.png',
      32: 'icon/32.png',
      48: 'icon/48.png',
      128: 'icon/128.png',
    },
  },
});
