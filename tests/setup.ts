// Shared test setup. Component tests add jest-dom matchers; unit tests run in plain Node.
import '@testing-library/jest-dom/vitest';
