using System;
using System.Collections.Generic;
using System.Linq;
using ConsentGuard;

public class Member
{
    [DataSubject] public string Id { get; set; } = "";
    [PersonalData(PersonalDataCategory.UserContent)]
    [ConsentPurpose(Purposes.GenerativeTraining)]
    public string Headline { get; set; } = "";
}

public interface ICorpus
{
    [ConsentSink(Purposes.GenerativeTraining)] void Add(string text);
}

// Facts move one lambda further along a chain per pass: a query with a let clause per line is a chain of 36 lambdas.
// The pass budget grows with the body's functions, so the finding is not lost at the end of a long query.
public class LongQuery(ICorpus corpus, IConsentProvider consent)
{
    public void Send(List<Member> members)
    {
        var texts = from m in members
            let v0 = m.Headline
            let v1 = v0 + ""
            let v2 = v1 + ""
            let v3 = v2 + ""
            let v4 = v3 + ""
            let v5 = v4 + ""
            let v6 = v5 + ""
            let v7 = v6 + ""
            let v8 = v7 + ""
            let v9 = v8 + ""
            let v10 = v9 + ""
            let v11 = v10 + ""
            let v12 = v11 + ""
            let v13 = v12 + ""
            let v14 = v13 + ""
            let v15 = v14 + ""
            let v16 = v15 + ""
            let v17 = v16 + ""
            let v18 = v17 + ""
            let v19 = v18 + ""
            let v20 = v19 + ""
            let v21 = v20 + ""
            let v22 = v21 + ""
            let v23 = v22 + ""
            let v24 = v23 + ""
            let v25 = v24 + ""
            let v26 = v25 + ""
            let v27 = v26 + ""
            let v28 = v27 + ""
            let v29 = v28 + ""
            let v30 = v29 + ""
            let v31 = v30 + ""
            let v32 = v31 + ""
            let v33 = v32 + ""
            let v34 = v33 + ""
            let v35 = v34 + ""
            select v35;
        foreach (var t in texts) corpus.Add({|CG0001:t|});
    }

    public void SendChecked(List<Member> members)
    {
        var texts = from m in members
            where consent.IsGranted(m.Id, Purposes.GenerativeTraining)
            let v0 = m.Headline
            let v1 = v0 + ""
            let v2 = v1 + ""
            let v3 = v2 + ""
            let v4 = v3 + ""
            let v5 = v4 + ""
            let v6 = v5 + ""
            let v7 = v6 + ""
            let v8 = v7 + ""
            let v9 = v8 + ""
            let v10 = v9 + ""
            let v11 = v10 + ""
            let v12 = v11 + ""
            let v13 = v12 + ""
            let v14 = v13 + ""
            let v15 = v14 + ""
            let v16 = v15 + ""
            let v17 = v16 + ""
            let v18 = v17 + ""
            let v19 = v18 + ""
            let v20 = v19 + ""
            let v21 = v20 + ""
            let v22 = v21 + ""
            let v23 = v22 + ""
            let v24 = v23 + ""
            let v25 = v24 + ""
            let v26 = v25 + ""
            let v27 = v26 + ""
            let v28 = v27 + ""
            let v29 = v28 + ""
            let v30 = v29 + ""
            let v31 = v30 + ""
            let v32 = v31 + ""
            let v33 = v32 + ""
            let v34 = v33 + ""
            let v35 = v34 + ""
            select v35;
        foreach (var t in texts) corpus.Add(t);
    }
}
