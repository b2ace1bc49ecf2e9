/** The causes' index (/causes) and the frame of each cause's page (/causes/<id>). */
export const causesIndex = {
  title: 'Every cause of a 502',
};

export const causePage = {
  notSure: 'Not sure this is it? Start a diagnosis',
};
