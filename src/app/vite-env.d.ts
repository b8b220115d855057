/// <reference types="vite/client" />

declare module 'virtual:story' {
  import type { Story } from '../shared/model.ts';
  const story: Story;
  export default story;
}
