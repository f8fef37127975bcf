// The skills pages, mounted by the app at /skills with wouter's `nest`: paths here are relative
// to it ("/" is /skills).
import { Route, Switch } from 'wouter';
import { NothingHere } from './BackToList.tsx';
import { EditSkillPage, NewSkillPage } from './EditorPage.tsx';
import { GalleryPage } from './GalleryPage.tsx';
import { blueprintIdOf } from './paths.ts';
import SkillListPage from './SkillListPage.tsx';
import ImportSkillPage from './share/ImportSkillPage.tsx';
import SkillSharePage from './share/SkillSharePage.tsx';

export default function SkillsRoutes() {
  return (
    <Switch>
      <Route path="/">
        <SkillListPage />
      </Route>
      <Route path="/new">
        <GalleryPage />
      </Route>
      <Route path="/new/:template">
        {({ template }) => {
          const id = blueprintIdOf(template);
          return id ? (
            // Keyed: another template chosen while here starts a fresh form.
            <NewSkillPage key={id} blueprintId={id} />
          ) : (
            <NothingHere
              title="There's no such template"
              body="The address may be mistyped. Every template is on the skills page."
            />
          );
        }}
      </Route>
      <Route path="/import">
        <ImportSkillPage />
      </Route>
      {/* Keyed by id, so moving from one skill to another starts each page afresh. */}
      <Route path="/:id/share">{({ id }) => <SkillSharePage key={id} id={id} />}</Route>
      <Route path="/:id">{({ id }) => <EditSkillPage key={id} id={id} />}</Route>
      <Route>
        <NothingHere
          title="There's no such skills page"
          body="The address may be mistyped. Your skills are on the skills page."
        />
      </Route>
    </Switch>
  );
}
