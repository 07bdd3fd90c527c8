// src/MobileRoutes.tsx — on a phone, DingTalk's back button walks back through the app's routes
// and, at the first one, closes the page.
import { useBackButton, useClosePage } from '@dingkit/react';
import { Link, MemoryRouter, Route, Routes, useLocation, useNavigate, useParams } from 'react-router';

function BackButton() {
  const navigate = useNavigate();
  const location = useLocation();
  const closePage = useClosePage();
  useBackButton(() => {
    // The memory router's first entry has the key 'default': nothing to go back to in the app.
    if (location.key === 'default') closePage.run().catch(() => {});
    else navigate(-1);
  });
  return closePage.error ? <p role="alert">{closePage.error.message}</p> : null;
}

function Approvals() {
  return (
    <>
      <h1>审批</h1>
      <Link to="/approvals/7">张伟的请假申请</Link>
    </>
  );
}

function Approval() {
  const { id } = useParams();
  return (
    <>
      <h1>{`审批 ${id}`}</h1>
      <Link to={`/approvals/${id}/comments`}>评论</Link>
    </>
  );
}

function Comments() {
  return <h1>评论</h1>;
}

export function MobileRoutes() {
  return (
    <MemoryRouter>
      <BackButton />
      <Routes>
        <Route path="/" element={<Approvals />} />
        <Route path="/approvals/:id" element={<Approval />} />
        <Route path="/approvals/:id/comments" element={<Comments />} />
      </Routes>
    </MemoryRouter>
  );
}
