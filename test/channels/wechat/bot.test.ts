// The real wechaty with its mock puppet: private chats, groups, follow-ups, limits and failures.
import { FileBox } from 'file-box';
import { type Message, type Wechaty, WechatyBuilder } from 'wechaty';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../../src/answer/answer.js';
import { answering } from '../../../src/channels/wechat/bot.js';
import { APOLOGY, HINT_TEXT_ONLY, RATE_LIMITED } from '../../../src/channels/wechat/format.js';
import { shippedAnswerer } from '../../helpers.js';

const quiet = { info: () => {}, warn: () => {}, error: () => {} };

describe('wechaty bot (mock puppet)', () => {
  let bot: Wechaty;
  let mocker: mock.Mocker;
  let me: mock.ContactMock;
  let failNext = false;
  const ownSeen: string[] = [];

  beforeAll(async () => {
    const real = await shippedAnswerer();
    // Fault injection for one test: the next answer throws, as a broken index would.
    const answerer: Answerer = {
      ...real,
      answer: async (q, o) => {
        if (failNext) {
          failNext = false;
          throw new Error('injected failure');
        }
        return real.answer(q, o);
      },
    };
    mocker = new mock.Mocker();
    const puppet = new PuppetMock({ mocker });
    bot = WechatyBuilder.build({ name: 'test-bot', puppet });
    bot.use(
      answering({
        answerer: () => answerer,
        log: quiet,
        ratePerMinute: 5,
        publicBaseUrl: 'https://qa.example.edu.cn',
        roomSchools: { 安全职院招生咨询群: '湖南安全技术职业学院' },
      }),
    );
    bot.on('message', (m: Message) => {
      if (m.self()) ownSeen.push(m.text());
    });
    await bot.start();
    me = mocker.createContact({ name: '校园助手' });
    const loggedIn = new Promise((r) => bot.once('login', r));
    mocker.login(me);
    await loggedIn;
    puppet.emit('ready', { data: 'mock' });
    await bot.ready();
  });
  afterAll(async () => {
    await bot.stop();
  });

  /** Everything the bot says to `who` (in a chat or a room) within `ms`. */
  function repliesTo(who: mock.ContactMock | mock.RoomMock, ms = 1500): Promise<string[]> {
    const got: string[] = [];
    const listener = (m: mock.MessageMock) => {
      if (m.payload?.talkerId === me.id) got.push(m.payload.text ?? '');
    };
    who.on('message', listener);
    return new Promise((r) =>
      setTimeout(() => {
        who.off('message', listener);
        r(got);
      }, ms),
    );
  }

  it("answers a contact's figure question with the answer and a 来源 line", async () => {
    const alice = mocker.createContact({ name: '张老师' });
    const replies = repliesTo(alice);
    alice.say('湖南工程职业技术学院2023年在省内媒体上了多少篇报道？').to(me);
    const text = (await replies).join('\n');
    expect(text).toContain('295篇报道');
    expect(text).toMatch(
      /来源：\n\[1\] 湖南工程职业技术学院《2023年信息公开年度报告》2、 主动公开情况 › （2） 主动公开信息的数据统计\nhttps:\/\/qa\.example\.edu\.cn\/source\/hunan-engineering-vtc-2023\?start=\d+&end=\d+/,
    );
  });

  it('ignores a group message without @ and answers one with @, with the mention stripped', async () => {
    const bob = mocker.createContact({ name: '李同学' });
    const room = mocker.createRoom({ topic: '新生群', memberIdList: [me.id, bob.id] });
    const silent = repliesTo(room);
    bob.say('湖南安全技术职业学院阳光服务平台的事项办结率是多少？').to(room);
    expect(await silent).toEqual([]);
    const replies = repliesTo(room);
    bob.say('@校园助手 湖南安全技术职业学院阳光服务平台的事项办结率是多少？', [me]).to(room);
    expect((await replies).join('\n')).toContain('办结率100%');
  });

  it("uses the group's own institution when a mapped group does not name one", async () => {
    const carol = mocker.createContact({ name: '王家长' });
    const room = mocker.createRoom({ topic: '安全职院招生咨询群', memberIdList: [me.id, carol.id] });
    const replies = repliesTo(room);
    carol.say('@校园助手 阳光服务平台办结率是多少？', [me]).to(room);
    expect((await replies).join('\n')).toContain('湖南安全技术职业学院');
  });

  it('keeps the institution for a follow-up "那去年呢？"', async () => {
    const dan = mocker.createContact({ name: '赵老师' });
    let replies = repliesTo(dan);
    dan.say('传媒学院官微发布了多少篇推文？').to(me);
    expect((await replies).join('\n')).toContain('151篇');
    replies = repliesTo(dan);
    dan.say('那去年呢？').to(me);
    const text = (await replies).join('\n');
    expect(text).toContain('湖南大众传媒职业技术学院');
    expect(text).toContain('151篇');
  });

  it('replies politely past the per-contact rate limit', async () => {
    const eve = mocker.createContact({ name: '刷屏用户' });
    const replies = repliesTo(eve, 3000);
    for (let i = 0; i < 6; i++) eve.say(`安全职院阳光平台办结率 ${i}`).to(me);
    expect(await replies).toContain(RATE_LIMITED);
  });

  it('never answers its own messages', async () => {
    const frank = mocker.createContact({ name: '陈老师' });
    const before = ownSeen.length;
    const replies = repliesTo(frank);
    me.say('湖南安全技术职业学院阳光服务平台的事项办结率是多少？').to(frank);
    expect(await replies).toHaveLength(1); // only the message itself, no answer to it
    expect(ownSeen.length).toBe(before + 1);
  });

  it('answers a non-text message with a short hint', async () => {
    const grace = mocker.createContact({ name: '孙同学' });
    const replies = repliesTo(grace);
    // A 1×1 PNG: the mock puppet turns a .png FileBox into an Image message.
    grace.say(FileBox.fromBase64('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'photo.png')).to(me);
    expect(await replies).toEqual([HINT_TEXT_ONLY]);
  });

  it('apologises when answering fails and still answers the next question', async () => {
    const henry = mocker.createContact({ name: '周老师' });
    let replies = repliesTo(henry);
    failNext = true;
    henry.say('学费在哪里公开？').to(me);
    expect(await replies).toEqual([APOLOGY]);
    replies = repliesTo(henry);
    henry.say('湖南安全技术职业学院阳光服务平台的事项办结率是多少？').to(me);
    expect((await replies).join('\n')).toContain('办结率100%');
  });

  it('lists examples and covered institutions for 帮助', async () => {
    const ivy = mocker.createContact({ name: '吴同学' });
    const replies = repliesTo(ivy);
    ivy.say('帮助').to(me);
    const text = (await replies).join('\n');
    expect(text).toContain('可以这样问');
    expect(text).toContain('襄阳科技职业学院（2024年）');
  });
});
