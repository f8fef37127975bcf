// /skills/new: the templates on a page of their own.
import { Gallery } from './Gallery.tsx';
import { BackToList } from './BackToList.tsx';

export function GalleryPage() {
  return (
    <div className="flex flex-col gap-4">
      <BackToList />
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Make a skill</h1>
        <p className="mt-1 max-w-3xl text-slate-700 dark:text-slate-300">
          Pick a template. It opens filled in with an example you can try straight away; change what
          you like, then save it.
        </p>
      </div>
      <Gallery level={2} />
    </div>
  );
}
