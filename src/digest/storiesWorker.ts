/** What a worker thread of the stories pool runs (see storiesPool.ts): loaded by file name from `dist/`. */
import { groupStories, type StoryGroups, type StoryInput } from './stories';

export default function storiesInWorker(inputs: StoryInput[]): StoryGroups {
  return groupStories(inputs);
}
