import type { Handlers } from '../context.ts';
import { listFramework, saveArea, saveCompetency } from './framework.ts';
import { recordObservation, shiftTillEvidence } from './observations.ts';
import { addQualification, listQualifications, removeQualification } from './qualifications.ts';
import { countersignSkill, signOffSkill, withdrawSignOff } from './signOffs.ts';
import { skillsMatrix, traineeSkills } from './views.ts';

type SkillsHandlers = Pick<
  Handlers,
  | 'skills.framework' | 'skills.saveArea' | 'skills.saveCompetency' | 'skills.tillEvidence' | 'skills.observe' | 'skills.signOff' | 'skills.countersign'
  | 'skills.withdrawSignOff' | 'skills.matrix' | 'skills.trainee' | 'qualifications.list' | 'qualifications.add' | 'qualifications.remove'
>;

export function skillsHandlers(): SkillsHandlers {
  return {
    'skills.framework': listFramework,
    'skills.saveArea': saveArea,
    'skills.saveCompetency': saveCompetency,
    'skills.tillEvidence': shiftTillEvidence,
    'skills.observe': recordObservation,
    'skills.signOff': signOffSkill,
    'skills.countersign': countersignSkill,
    'skills.withdrawSignOff': withdrawSignOff,
    'skills.matrix': skillsMatrix,
    'skills.trainee': traineeSkills,
    'qualifications.list': listQualifications,
    'qualifications.add': addQualification,
    'qualifications.remove': removeQualification,
  };
}
