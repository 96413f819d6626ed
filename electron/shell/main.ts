// placeholder: the Electron main process (see issue 3)
export {};
