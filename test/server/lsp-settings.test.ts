import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkOptions, pushedSettings, resolveLocale, SettingsCache } from '../../server/src/lsp/settings';
import { DEFAULT_SETTINGS, readSettings } from '../../server/src/settings/settings';

describe('server settings', () => {
  test('locale "auto" follows the editor: English if it starts with "en", else Vietnamese', () => {
    assert.equal(resolveLocale('auto', 'en-US'), 'en');
    assert.equal(resolveLocale('auto', 'en'), 'en');
    assert.equal(resolveLocale('auto', 'vi'), 'vi');
    assert.equal(resolveLocale('auto', 'fr'), 'vi');
    assert.equal(resolveLocale('auto', undefined), 'vi');
    assert.equal(resolveLocale('vi', 'en'), 'vi');
    assert.equal(resolveLocale('en', 'vi'), 'en');
  });

  test('initializationOptions.settings and didChangeConfiguration shapes are both understood', () => {
    assert.deepEqual(pushedSettings({ settings: { asOfDate: '2026-01-01' } }), { asOfDate: '2026-01-01' });
    assert.deepEqual(pushedSettings({ settings: { chinhDanh: { asOfDate: '2026-01-01' } } }), {
      asOfDate: '2026-01-01',
    });
    assert.deepEqual(pushedSettings({ chinhDanh: { locale: 'en' } }), { locale: 'en' });
    assert.equal(pushedSettings(null), undefined);
  });

  test('the cache asks once per uri, until cleared; bad values fall back to defaults', async () => {
    let calls = 0;
    const cache = new SettingsCache(async () => {
      calls++;
      return { asOfDate: 'not a date', locale: 'en', severity: { 'term-variant': 'off' } };
    });
    const a = await cache.get('file:///a.md');
    await cache.get('file:///a.md');
    assert.equal(calls, 1);
    assert.equal(a.asOfDate, '');
    assert.equal(a.locale, 'en');
    for (const bad of ['2023-02-30', '9999-99-99', '2026-13-01'])
      assert.equal(readSettings({ asOfDate: bad }).asOfDate, '', bad);
    assert.equal(readSettings({ asOfDate: '2024-02-29' }).asOfDate, '2024-02-29');
    cache.clear();
    await cache.get('file:///a.md');
    assert.equal(calls, 2);
  });

  test('without a configuration capability the pushed settings are used', async () => {
    const cache = new SettingsCache(undefined);
    assert.deepEqual(await cache.get('file:///a.md'), DEFAULT_SETTINGS);
    cache.setFallback({ asOfDate: '2026-11-23' });
    assert.equal((await cache.get('file:///a.md')).asOfDate, '2026-11-23');
  });

  test('checkOptions passes the date, locale and severities to the engine', () => {
    assert.deepEqual(
      checkOptions({ ...DEFAULT_SETTINGS, asOfDate: '2026-11-23', severity: { 'term-variant': 'off' } }, 'en-GB'),
      {
        asOf: '2026-11-23',
        locale: 'en',
        severity: { 'term-variant': 'off' },
      },
    );
    assert.equal('asOf' in checkOptions(DEFAULT_SETTINGS, 'vi'), false);
  });
});
