// Every built-in rule, by category, with its title and rationale in the interface language.
import { useState } from 'preact/hooks';
import type { Rule } from '../../engine/rule';
import { CATEGORIES, type Category } from '../../engine/types';
import type { Level } from '../../policy/schema';
import { RULES } from '../../rules';
import { label } from '../i18n';
import { SeverityBadge } from '../common/SeverityBadge';
import { LevelSelect } from './LevelSelect';
import { Locked } from './Locked';
import type { SectionProps } from './Options';

export function ruleMatches(rule: Rule, query: string): boolean {
  const q = query.trim().toLowerCase();
  return !q || [rule.id, rule.title.en, rule.title.ja, rule.category].some((s) => s.toLowerCase().includes(q));
}

/** `query`: the page's filter; a section-wide match ("rules") shows every rule. */
export function LevelsSection(props: SectionProps & { query: string }) {
  const { form, update, locks, lang, t } = props;
  const [query, setQuery] = useState('');
  const setCategory = (c: Category, level: Level | undefined) => {
    const categories = { ...form.categories };
    if (level) categories[c] = level;
    else delete categories[c];
    update({ categories });
  };
  const setRule = (id: string, level: Level | undefined) => {
    const rules = { ...form.rules };
    if (level) rules[id] = level;
    else delete rules[id];
    update({ rules });
  };
  const outer = RULES.some((r) => ruleMatches(r, props.query)) ? props.query : '';
  const shown = RULES.filter((r) => ruleMatches(r, query) && ruleMatches(r, outer));

  return (
    <section class="nw-section" id="nw-levels" data-section="levels">
      <h2>{t('levels')}</h2>
      <p class="nw-muted nw-help">{t('levelsHelp')}</p>
      <label class="nw-filter">
        <span>{t('filterRules')}</span>
        <input type="search" value={query} placeholder={t('filterPlaceholder')} onInput={(e) => setQuery(e.currentTarget.value)} />
        <span class="nw-muted">{t('rulesCount', { n: shown.length })}</span>
      </label>
      {shown.length === 0 ? <p class="nw-muted">{t('noRulesMatch')}</p> : null}
      {CATEGORIES.map((category) => {
        const rules = shown.filter((r) => r.category === category);
        if (query && rules.length === 0) return null;
        const categoryLocked = locks.categories.has(category);
        return (
          <div class="nw-category-block" key={category}>
            <div class="nw-category-row">
              <h3>{label(lang, `category.${category}`)}</h3>
              <span class="nw-mono nw-muted">{category}</span>
              <Locked locked={categoryLocked} t={t} />
              <LevelSelect
                label={`${t('category')}: ${label(lang, `category.${category}`)}`}
                value={form.categories[category]}
                disabled={categoryLocked}
                lang={lang}
                t={t}
                onChange={(level) => setCategory(category, level)}
              />
            </div>
            {rules.map((rule) => (
              <div class="nw-rule-row" key={rule.id}>
                <div class="nw-rule-row__text">
                  <div>
                    <strong>{rule.title[lang]}</strong> <SeverityBadge level={rule.severity} lang={lang} />{' '}
                    <Locked locked={locks.rules.has(rule.id)} t={t} />
                  </div>
                  <p class="nw-muted">{rule.rationale[lang]}</p>
                  <span class="nw-mono nw-muted">{rule.id}</span>
                </div>
                <LevelSelect
                  label={rule.title[lang]}
                  value={form.rules[rule.id]}
                  defaultLevel={form.categories[category] ?? rule.severity}
                  disabled={locks.rules.has(rule.id)}
                  lang={lang}
                  t={t}
                  onChange={(level) => setRule(rule.id, level)}
                />
              </div>
            ))}
          </div>
        );
      })}
    </section>
  );
}
