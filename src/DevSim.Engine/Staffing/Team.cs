namespace DevSim.Engine.Staffing;

/// <summary>A skill that tasks require and people have, each on the 1-5 scale of Chen &amp; Kim (2013).</summary>
/// <param name="Id">Short name used in files and tables (the paper: a1 to a5).</param>
/// <param name="Name">What the skill is.</param>
public sealed record TeamSkill(string Id, string Name);

/// <summary>A task to staff: its required level per skill (one row of the paper's matrix R).</summary>
/// <param name="Id">Short name (the paper: R1 to R7); a scenario task of the same name is staffed by its assignee.</param>
/// <param name="Name">What the task is.</param>
/// <param name="Requirements">Required level per skill, in the team's skill order, each 1 to 5.</param>
public sealed record TeamTask(string Id, string Name, IReadOnlyList<int> Requirements);

/// <summary>A person: their ability per skill (one column of the paper's matrix V).</summary>
/// <param name="Id">Short name (the paper: V1 to V7).</param>
/// <param name="Name">Who it is.</param>
/// <param name="Abilities">Ability per skill, in the team's skill order, each 1 to 5.</param>
public sealed record TeamMember(string Id, string Name, IReadOnlyList<int> Abilities);

/// <summary>
/// A team file: skills, the tasks with their required levels, the people with their abilities, and
/// optionally the values a publication printed for it, to be compared with the computed ones.
/// </summary>
/// <param name="Name">The team's name.</param>
/// <param name="Skills">The skills, in the order of every requirement and ability list.</param>
/// <param name="Tasks">The tasks; at most as many as people, since each person takes at most one.</param>
/// <param name="People">The people.</param>
/// <param name="Published">Printed values to check against, or null.</param>
public sealed record Team(string Name, IReadOnlyList<TeamSkill> Skills, IReadOnlyList<TeamTask> Tasks, IReadOnlyList<TeamMember> People,
    PublishedStaffing? Published = null);
