import { useMemo } from 'react';
import { useStore } from 'zustand';
import { useApi } from '../../app/context';
import { exportsStoreFor, type ExportsState, type ExportsStore } from '../../stores/exports';

export function useExportsStore(): ExportsStore {
  const api = useApi();
  return useMemo(() => exportsStoreFor(api), [api]);
}

export function useExports<T>(selector: (state: ExportsState) => T): T {
  return useStore(useExportsStore(), selector);
}
