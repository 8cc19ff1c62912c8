/**
 * The answer lane: answers looked up one at a time, each in a turn of the event loop of its own (a request read
 * meanwhile is handled before the next answer), turns given to the loop while connections arrive, and the
 * predicted wait the front door sheds on.
 */
import type { Services } from '../../src/commands/services';
import { AnswerLane, FIRST_GUESS_MS, lanedServices } from '../../src/slack/answerLane';

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('the answer lane', () => {
  it('runs answers one at a time, in order, each in a turn of its own: what the loop read meanwhile comes first', async () => {
    const lane = new AnswerLane();
    const events: string[] = [];
    const first = lane.run(() => {
      events.push('answer 1');
      setImmediate(() => events.push('request read'));
      return 1;
    });
    const second = lane.run(async () => {
      events.push('answer 2 starts');
      await turn();
      events.push('answer 2 ends');
      return 2;
    });
    const third = lane.run(() => {
      events.push('answer 3');
      return 3;
    });
    expect(events).toEqual([]); // nothing runs inline, where the acknowledgement is sent
    expect(lane.length).toBe(3);
    expect(await Promise.all([first, second, third])).toEqual([1, 2, 3]);
    expect(events).toEqual(['answer 1', 'request read', 'answer 2 starts', 'answer 2 ends', 'answer 3']);
    expect(lane.length).toBe(0);
  });

  it('gives the loop turns while connections keep arriving, then answers', async () => {
    const lane = new AnswerLane();
    const events: string[] = [];
    let arrivals = 0;
    const arrive = () => {
      lane.arrived();
      events.push('connection');
      if (++arrivals < 5) setImmediate(arrive);
    };
    setImmediate(arrive);
    await lane.run(() => events.push('answer'));
    expect(events).toEqual([...Array(5).fill('connection'), 'answer']);
  });

  it('answers even while connections never stop arriving', async () => {
    const lane = new AnswerLane();
    let arriving = true;
    const arrive = () => {
      lane.arrived();
      if (arriving) setImmediate(arrive);
    };
    arrive();
    await expect(lane.run(() => 'answered')).resolves.toBe('answered');
    arriving = false;
  });

  it('passes a failed answer to its caller and goes on with the next', async () => {
    const lane = new AnswerLane();
    const failed = lane.run(() => {
      throw new Error('the archive is closed');
    });
    const next = lane.run(() => 'next');
    await expect(failed).rejects.toThrow('the archive is closed');
    await expect(next).resolves.toBe('next');
  });

  it('goes on with the next answer when one never finishes, and still passes the late one on', async () => {
    const lane = new AnswerLane(200);
    let finish: ((value: string) => void) | undefined;
    const stuck = lane.run(() => new Promise<string>((resolve) => (finish = resolve)));
    await expect(lane.run(() => 'next')).resolves.toBe('next');
    finish?.('late');
    await expect(stuck).resolves.toBe('late');
    // The stalled answer's 200 ms is not taken for what an answer costs (the first guess is FIRST_GUESS_MS).
    expect(lane.answerMs).toBeLessThan(FIRST_GUESS_MS);
  });

  it('predicts the wait from the answers queued and how long answers have taken', async () => {
    const lane = new AnswerLane();
    expect(lane.waitMs()).toBe(0);
    expect(lane.waitMs(2)).toBe(2 * FIRST_GUESS_MS);
    let release: (() => void) | undefined;
    const held = lane.run(() => new Promise<void>((resolve) => (release = resolve)));
    const queued = [lane.run(() => 0), lane.run(() => 0)];
    while (!release) await turn();
    expect(lane.waitMs(1)).toBe(4 * lane.answerMs); // one under way, two queued, one more admitted
    release();
    await Promise.all([held, ...queued]);
    for (let n = 0; n < 20; n++) await lane.run(() => n);
    expect(lane.answerMs).toBeLessThan(FIRST_GUESS_MS / 2); // answers that take no time
    expect(lane.waitMs(3)).toBe(3 * lane.answerMs);
  });
});

describe('services through the lane', () => {
  const whosaid = jest.fn(async (quote: string) => ({ ok: true, quote }));
  const inner = {
    answers: { whosaid },
    answersFor: () => ({ whosaid }),
    stats: async () => ({ articles: 3 }),
  } as unknown as Services;

  it('looks every answer up in the lane, keeps the rest as it is, and passes "not loaded" through', async () => {
    const lane = new AnswerLane();
    let current: Services | null = null;
    const services = lanedServices(() => current, lane);
    expect(services()).toBeNull();
    current = inner;
    const outer = services() as Services;
    expect(services()).toBe(outer); // one wrapper per services object
    const answer = outer.answers.whosaid('the ferry');
    expect(lane.length).toBe(1);
    await expect(answer).resolves.toEqual({ ok: true, quote: 'the ferry' });
    const filtered = outer.answersFor({}).whosaid('the bridge');
    expect(lane.length).toBe(1);
    await filtered;
    await expect(outer.stats()).resolves.toEqual({ articles: 3 });
  });
});
