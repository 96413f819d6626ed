// placeholder: the preload (see issue 3)
export {};
